export function PopupApp() {
  return (
    <main>
      <h1>Briefings</h1>
    </main>
  );
}
