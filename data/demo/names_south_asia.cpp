// Names from Afghanistan (Dari and Pashto, in Persian-Arabic script), Pakistan (Urdu) and
// Bangladesh (Bengali script). Persian and Urdu spellings use their own letters — ی, ک, گ,
// and Urdu's ہ, ھ, ٹ — not the Arabic look-alikes, as people write them.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kAfghanMale[] = {
    {"محمد", {"Mohammad", "Mohammed", "Muhammad", "Mohamad"}},
    {"احمد", {"Ahmad", "Ahmed"}},
    {"علی", {"Ali"}},
    {"حمید", {"Hamid", "Hameed"}},
    {"رحیم", {"Rahim", "Raheem"}},
    {"کریم", {"Karim", "Kareem"}},
    {"ناصر", {"Nasir", "Naser", "Nasser"}},
    {"جواد", {"Jawad", "Javad"}},
    {"فرید", {"Farid", "Fareed"}},
    {"وحید", {"Wahid", "Vahid", "Waheed"}},
    {"حبیب", {"Habib", "Habeeb"}},
    {"مصطفی", {"Mustafa", "Mostafa"}},
    {"مرتضی", {"Murtaza", "Morteza", "Murtadha"}},
    {"بلال", {"Bilal", "Belal"}},
    {"ذبیح الله", {"Zabihullah", "Zabiullah", "Zabihollah"}},
    {"رحمت الله", {"Rahmatullah", "Rahmatollah", "Rahmatulla"}},
    {"نجیب", {"Najib", "Najeeb"}},
    {"سهیل", {"Sohail", "Suhail", "Soheil"}},
    {"شفیق", {"Shafiq", "Shafik", "Shafeeq"}},
    {"یوسف", {"Yousuf", "Yusuf", "Yousef"}},
    {"اسماعیل", {"Ismail", "Esmail", "Ismael"}},
    {"امید", {"Omid", "Umid", "Omeed"}},
};

constexpr NameForm kAfghanFemale[] = {
    {"فاطمه", {"Fatima", "Fatema", "Fatemah"}},
    {"زهرا", {"Zahra", "Zohra", "Zehra"}},
    {"مریم", {"Maryam", "Mariam"}},
    {"مرضیه", {"Marzia", "Marziyeh", "Marzieh"}},
    {"نرگس", {"Nargis", "Narges"}},
    {"پروانه", {"Parwana", "Parvaneh"}},
    {"شبنم", {"Shabnam"}},
    {"زینب", {"Zainab", "Zeinab", "Zaynab"}},
    {"ثریا", {"Soraya", "Suraya", "Sorayya"}},
    {"فرزانه", {"Farzana", "Farzaneh"}},
    {"محبوبه", {"Mahbooba", "Mahbuba", "Mahboubeh"}},
    {"لیلا", {"Laila", "Leila", "Lila"}},
    {"خدیجه", {"Khadija", "Khadijeh"}},
    {"سکینه", {"Sakina", "Sakineh"}},
    {"رویا", {"Roya", "Roja"}},
    {"فریبا", {"Fariba", "Fareeba"}},
    {"هما", {"Homa", "Huma"}},
    {"ستاره", {"Setara", "Sitara", "Setareh"}},
};

constexpr NameForm kAfghanFamily[] = {
    {"احمدی", {"Ahmadi", "Ahmady", "Ahmedi"}},
    {"محمدی", {"Mohammadi", "Muhammadi", "Mohamadi"}},
    {"حسینی", {"Hussaini", "Hosseini", "Husaini", "Hussainy"}},
    {"رحیمی", {"Rahimi", "Raheemi"}},
    {"کریمی", {"Karimi", "Karimy"}},
    {"حکیمی", {"Hakimi", "Hakeemi"}},
    {"پوپل", {"Popal"}},
    {"ستانکزی", {"Stanikzai", "Stanekzai", "Stanakzai"}},
    {"احمدزی", {"Ahmadzai", "Ahmadzay", "Ahmedzai"}},
    {"نورزی", {"Noorzai", "Nurzai", "Noorzay"}},
    {"سلطانی", {"Sultani", "Soltani"}},
    {"جعفری", {"Jafari", "Jaafari", "Jafary"}},
    {"حیدری", {"Haidari", "Heidari", "Haideri"}},
    {"رضایی", {"Rezaei", "Rezaie", "Rezayee", "Rezai"}},
    {"نظری", {"Nazari", "Nazary"}},
    {"صافی", {"Safi"}},
    {"وردک", {"Wardak", "Wardag"}},
    {"امیری", {"Amiri", "Amiry"}},
    {"سادات", {"Sadat", "Sadaat"}},
    {"صمدی", {"Samadi", "Samady"}},
    {"یوسفزی", {"Yousafzai", "Yousufzai", "Yusufzai"}},
    {"نیازی", {"Niazi", "Nyazi"}},
};

constexpr NameForm kUrduMale[] = {
    {"محمد", {"Muhammad", "Mohammad", "Muhammed"}},
    {"عمران", {"Imran", "Emran"}},
    {"آصف", {"Asif", "Aasif"}},
    {"بلال", {"Bilal", "Belal"}},
    {"عثمان", {"Usman", "Osman", "Othman"}},
    {"کامران", {"Kamran"}},
    {"فیصل", {"Faisal", "Faysal", "Feisal"}},
    {"عدنان", {"Adnan"}},
    {"ذیشان", {"Zeeshan", "Zishan", "Zeshan"}},
    {"وقاص", {"Waqas", "Waqqas"}},
    {"شاہد", {"Shahid", "Shahed"}},
    {"علی", {"Ali"}},
    {"طاہر", {"Tahir", "Taher"}},
    {"نوید", {"Naveed", "Navid", "Nawid"}},
    {"ارشد", {"Arshad"}},
    {"جاوید", {"Javed", "Javaid", "Jawed"}},
    {"شعیب", {"Shoaib", "Shuaib"}},
};

constexpr NameForm kUrduFemale[] = {
    {"عائشہ", {"Ayesha", "Aisha", "Aysha"}},
    {"فاطمہ", {"Fatima", "Fatimah"}},
    {"ثنا", {"Sana", "Sanaa"}},
    {"نادیہ", {"Nadia", "Nadiya"}},
    {"رابعہ", {"Rabia", "Rabiya"}},
    {"صائمہ", {"Saima", "Saema"}},
    {"حنا", {"Hina", "Heena"}},
    {"آمنہ", {"Amna", "Aamna", "Amina"}},
    {"مہوش", {"Mehwish", "Mahwish"}},
    {"سمیرا", {"Sumaira", "Sameera", "Samira"}},
    {"کرن", {"Kiran"}},
    {"شازیہ", {"Shazia", "Shaziya"}},
};

constexpr NameForm kUrduFamily[] = {
    {"خان", {"Khan"}},
    {"احمد", {"Ahmed", "Ahmad"}},
    {"حسین", {"Hussain", "Hussein", "Husain"}},
    {"علی", {"Ali"}},
    {"اقبال", {"Iqbal", "Ikbal"}},
    {"بٹ", {"Butt", "Bhatt"}},
    {"ملک", {"Malik", "Malick"}},
    {"چودھری", {"Chaudhry", "Chaudhary", "Choudhry"}},
    {"قریشی", {"Qureshi", "Quraishi", "Kureshi"}},
    {"رضا", {"Raza", "Reza"}},
    {"شاہ", {"Shah"}},
    {"اختر", {"Akhtar", "Akhter"}},
    {"اسلم", {"Aslam"}},
    {"انور", {"Anwar", "Anwer"}},
    {"صدیقی", {"Siddiqui", "Siddiqi"}},
    {"گجر", {"Gujjar", "Gujar"}},
    {"مرزا", {"Mirza"}},
};

constexpr NameForm kBengaliMale[] = {
    {"মোহাম্মদ", {"Mohammad", "Md.", "Muhammad", "Mohammed"}},
    {"রহিম", {"Rahim", "Rohim"}},
    {"করিম", {"Karim", "Korim"}},
    {"জাহিদ", {"Jahid", "Zahid"}},
    {"রফিক", {"Rafiq", "Rofik", "Rafik"}},
    {"সাকিব", {"Sakib", "Shakib"}},
    {"হাসান", {"Hasan", "Hassan"}},
    {"মাহমুদ", {"Mahmud", "Mahmood"}},
    {"আরিফ", {"Arif", "Aref"}},
    {"ইমরান", {"Imran", "Emran"}},
    {"শফিকুল", {"Shafiqul", "Shofikul", "Shafikul"}},
    {"আলমগীর", {"Alamgir", "Alomgir"}},
    {"মিজানুর", {"Mizanur", "Mijanur"}},
    {"নুরুল", {"Nurul", "Noorul"}},
    {"রাজু", {"Raju"}},
    {"সুমন", {"Sumon", "Suman"}},
    {"আনোয়ার", {"Anwar", "Anowar"}},
    {"জসিম", {"Jasim", "Josim", "Jashim"}},
    {"সোহেল", {"Sohel", "Sohail"}},
};

constexpr NameForm kBengaliFemale[] = {
    {"ফাতেমা", {"Fatema", "Fatima"}},
    {"আয়েশা", {"Ayesha", "Aysha"}},
    {"নাসরিন", {"Nasrin", "Nasreen"}},
    {"শারমিন", {"Sharmin", "Sharmeen"}},
    {"রুমানা", {"Rumana"}},
    {"তাসলিমা", {"Taslima", "Toslima"}},
    {"সুমাইয়া", {"Sumaiya", "Sumaya"}},
    {"রহিমা", {"Rahima", "Rohima"}},
    {"মরিয়ম", {"Mariam", "Moriom", "Maryam"}},
    {"শিরিন", {"Shirin", "Sirin"}},
    {"পারভীন", {"Parvin", "Parveen", "Pervin"}},
    {"রোকেয়া", {"Rokeya", "Rokeia"}},
    {"সালমা", {"Salma", "Shalma"}},
};

constexpr NameForm kBengaliFamily[] = {
    {"হোসেন", {"Hossain", "Hussain", "Hossen"}},
    {"রহমান", {"Rahman", "Rohman"}},
    {"আহমেদ", {"Ahmed", "Ahmad"}},
    {"ইসলাম", {"Islam"}},
    {"উদ্দিন", {"Uddin", "Uddeen"}},
    {"মিয়া", {"Mia", "Miah"}},
    {"আলী", {"Ali"}},
    {"খান", {"Khan"}},
    {"চৌধুরী", {"Chowdhury", "Choudhury", "Chowdhuri"}},
    {"সরকার", {"Sarker", "Sarkar"}},
    {"মোল্লা", {"Molla", "Mollah"}},
    {"শেখ", {"Sheikh", "Shaikh"}},
    {"হক", {"Haque", "Hoque", "Huq"}},
    {"মজুমদার", {"Majumder", "Mazumder", "Majumdar"}},
    {"তালুকদার", {"Talukder", "Talukdar"}},
};

// Many Bangladeshi women carry Begum, Khatun or Akter rather than a family name.
constexpr NameForm kBengaliWomenFamily[] = {
    {"বেগম", {"Begum", "Begom"}},
    {"খাতুন", {"Khatun", "Khatoon"}},
    {"আক্তার", {"Akter", "Akhter", "Aktar"}},
    {"সুলতানা", {"Sultana"}},
    {"ইসলাম", {"Islam"}},
    {"রহমান", {"Rahman"}},
    {"হক", {"Haque", "Hoque"}},
    {"চৌধুরী", {"Chowdhury"}},
};

}  // namespace

extern const NamePool kDari = {
    "dari", kAfghanMale, kAfghanFemale, kAfghanFamily, kAfghanFamily, NameOrder::kGivenFamily, 85};
extern const NamePool kUrdu = {
    "urdu", kUrduMale, kUrduFemale, kUrduFamily, kUrduFamily, NameOrder::kGivenFamily, 80};
extern const NamePool kBengali = {"bengali",
                                  kBengaliMale,
                                  kBengaliFemale,
                                  kBengaliFamily,
                                  kBengaliWomenFamily,
                                  NameOrder::kGivenFamily,
                                  85};

}  // namespace haven::demo
