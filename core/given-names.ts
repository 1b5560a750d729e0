// Common given names in the presses the topics' namesakes turn up in (Arabic, Persian, Urdu, Turkish, Berber, French,
// English). Capitals say nothing in an all-capitals or title-case line, so there a given name right beside "Abbas" or
// "Hamas" is what tells a person ("QAMAR ABBAS NAMED CAPTAIN", "Tariq Hamas (DEF)"). A second line of defence:
// sentence-case text is decided by its capitals. Words that are also English words or the topics' own (Amal, Said,
// Islam, Jihad, Can, Mazen) are left out.
export const GIVEN_NAMES = new Set(
  (
    'ahmed ahmad ahmet ali omar umar othman osman khalid khaled tariq tareq tarek yasser yasir yousef youssef yusuf ' +
    'youcef hassan hasan hussein husain hussain hossein hosein ibrahim ismail ismael karim kareem majid majed mustafa ' +
    'moustafa mostafa nabil nadir nasser naser rami rashid rachid riad riyad sami samir saeed faisal fahad fahd fouad ' +
    'fuad ghassan hamza hamid hamed haidar haider hadi hisham hicham imad issa jamal jamil kamal khalil mahdi mehdi ' +
    'malik mansour mansoor marwan mohamed mohammed muhammad mohammad mohamad mehmet munir mounir nizar qasim qassim ' +
    'rafiq raed saad salah salim saleh sharif talal tawfiq waleed walid wael yacine yassine yasin yahya younes younis ' +
    'zaid zayd zakaria ziad zaki adel adil anwar ayman bilal bassam fadi firas haitham hatem jawad laith louay nidal ' +
    'osama qais rabih sabri shadi wissam ashraf amr emad ehab essam hany hani sherif tamer reza mohsen mohsin javad ' +
    'jafar abolfazl arash babak behrouz farhad farid kamran kaveh masoud mojtaba morteza navid omid parviz ramin ' +
    'shahram vahid ghulam qamar zaheer zia syed sayed imran shoaib babar fawad fakhar azhar asad asif naveed nadeem ' +
    'waqar wasim waseem shahid tanveer usman zahid zubair rizwan kashif sarfraz faheem haris hasnain junaid mushtaq ' +
    'qaiser shafiq tahir zafar akram aslam iqbal irfan javed khurram nawaz sajid saqib sohail emre burak serkan ' +
    'volkan murat hakan kerem selin elif zeynep ayse fatma fatima aisha amina leila layla nadia rania dina hala huda ' +
    'lina maha mona noor nour reem salma yasmin yasmine zeinab zainab samira soraya ines lamia malika nabila naima ' +
    'hanan hiba heba karima djamel mourad nacer noureddine abdelkader abdallah abdullah abdul idris driss yanis ' +
    'lyes amine mehdi sofiane rayan ilyes nassim nadjib farouk farouq ' +
    // In Arabic script, where no capital tells a name: "العماد علي محمود عباس" (General Ali Mahmoud Abbas).
    'علي محمد أحمد حسن حسين خالد عمر يوسف إبراهيم مصطفى كريم سامي طارق ماجد وليد فادي رامي سمير نبيل جمال'
  ).split(' '),
);
