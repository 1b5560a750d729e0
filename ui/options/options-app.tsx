export function OptionsApp() {
  return (
    <main>
      <h1>Briefings settings</h1>
    </main>
  );
}
