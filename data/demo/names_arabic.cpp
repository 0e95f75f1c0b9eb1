// Arabic names for Syrians, Iraqis, Egyptians, Sudanese and Tunisians. Given names are shared;
// family names follow the region's habits (the Levant's Al- names, the Nile valley's fathers'
// names, the Maghreb's French-influenced spellings). Latin spellings are the ones found on
// passports and registration lists, most common first.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kMale[] = {
    {"محمد", {"Mohamed", "Muhammad", "Mohammed", "Mohammad"}},
    {"أحمد", {"Ahmed", "Ahmad"}},
    {"علي", {"Ali", "Aly"}},
    {"عمر", {"Omar", "Umar", "Omer"}},
    {"خالد", {"Khaled", "Khalid"}},
    {"حسن", {"Hassan", "Hasan"}},
    {"حسين", {"Hussein", "Hussain", "Husein"}},
    {"إبراهيم", {"Ibrahim", "Ebrahim", "Ibraheem"}},
    {"يوسف", {"Youssef", "Yousef", "Yusuf", "Yousif"}},
    {"عبد الله", {"Abdullah", "Abdallah", "Abdalla", "Abdulla"}},
    {"مصطفى", {"Mustafa", "Moustafa", "Mostafa"}},
    {"محمود", {"Mahmoud", "Mahmud", "Mahmood"}},
    {"طارق", {"Tarek", "Tariq", "Tareq"}},
    {"عثمان", {"Osman", "Othman", "Uthman"}},
    {"آدم", {"Adam", "Adem"}},
    {"إسماعيل", {"Ismail", "Ismael", "Esmail"}},
    {"صالح", {"Saleh", "Salih"}},
    {"يحيى", {"Yahya", "Yehia", "Yahia"}},
    {"بلال", {"Bilal", "Belal"}},
    {"حمزة", {"Hamza", "Hamzah"}},
    {"كريم", {"Karim", "Kareem"}},
    {"عبد الرحمن", {"Abdelrahman", "Abdul Rahman", "Abderrahmane", "Abdulrahman"}},
    {"جمال", {"Jamal", "Gamal", "Djamel"}},
    {"سعيد", {"Said", "Saeed", "Saied"}},
    {"أيمن", {"Ayman", "Aymen", "Aiman"}},
    {"ياسر", {"Yasser", "Yasir", "Yaser"}},
    {"وليد", {"Walid", "Waleed"}},
    {"نبيل", {"Nabil", "Nabeel"}},
    {"مراد", {"Mourad", "Murad"}},
    {"سليمان", {"Suleiman", "Soliman", "Sulaiman", "Slimane"}},
};

constexpr NameForm kFemale[] = {
    {"فاطمة", {"Fatima", "Fatma", "Fatimah", "Fatouma"}},
    {"عائشة", {"Aisha", "Aicha", "Aysha", "Aishah"}},
    {"مريم", {"Mariam", "Maryam", "Meriem"}},
    {"زينب", {"Zainab", "Zeinab", "Zaynab"}},
    {"خديجة", {"Khadija", "Khadidja", "Khadeeja"}},
    {"آمنة", {"Amina", "Amna", "Emna"}},
    {"نور", {"Nour", "Noor", "Nur"}},
    {"هدى", {"Huda", "Houda", "Hoda"}},
    {"سارة", {"Sara", "Sarah"}},
    {"ليلى", {"Layla", "Leila", "Laila"}},
    {"سلمى", {"Salma", "Selma"}},
    {"حليمة", {"Halima", "Halimah"}},
    {"سعاد", {"Souad", "Suad", "Soad"}},
    {"رقية", {"Ruqaya", "Rokaya", "Roukaya"}},
    {"إيمان", {"Iman", "Eman", "Imane"}},
    {"أسماء", {"Asma", "Asmaa"}},
    {"ياسمين", {"Yasmin", "Yasmine", "Jasmin"}},
    {"هالة", {"Hala"}},
    {"دعاء", {"Doaa", "Duaa", "Douaa"}},
    {"رحاب", {"Rehab", "Rihab"}},
    {"منى", {"Mona", "Muna"}},
    {"سميرة", {"Samira", "Sameera"}},
    {"وفاء", {"Wafa", "Wafaa"}},
    {"رانيا", {"Rania", "Ranya"}},
};

// Syria and Iraq.
constexpr NameForm kLevantFamily[] = {
    {"الأحمد", {"Al-Ahmad", "Alahmad", "Al Ahmed"}},
    {"الحسن", {"Al-Hassan", "Alhasan", "Al Hasan"}},
    {"الخطيب", {"Al-Khatib", "Alkhateeb", "El Khatib"}},
    {"الشامي", {"Al-Shami", "Alshami", "Al Chami"}},
    {"حداد", {"Haddad"}},
    {"النجار", {"Al-Najjar", "Alnajjar", "Al Najar"}},
    {"العلي", {"Al-Ali", "Alali", "Al Ali"}},
    {"الزعبي", {"Al-Zoubi", "Alzoubi", "Al Zubi"}},
    {"درويش", {"Darwish", "Darwiche", "Derwish"}},
    {"قاسم", {"Qasim", "Kassem", "Qassem", "Kasem"}},
    {"منصور", {"Mansour", "Mansur", "Mansoor"}},
    {"العبيدي", {"Al-Obaidi", "Alobaidi", "Al Ubaidi"}},
    {"الجبوري", {"Al-Jubouri", "Aljubori", "Al Juburi"}},
    {"التميمي", {"Al-Tamimi", "Altamimi", "Al Tamimi"}},
    {"الحمد", {"Al-Hamad", "Alhamad"}},
    {"العمر", {"Al-Omar", "Alomar", "Al Omar"}},
    {"السعدي", {"Al-Saadi", "Alsaadi", "Al Saady"}},
    {"الكردي", {"Al-Kurdi", "Alkurdi", "Kurdi"}},
    {"حمود", {"Hamoud", "Hammoud", "Hamud"}},
    {"سلامة", {"Salameh", "Salama", "Salamah"}},
};

// Egypt and Sudan, where the second name is usually the father's.
constexpr NameForm kNileFamily[] = {
    {"عبد الرحمن", {"Abdelrahman", "Abdel Rahman", "Abdulrahman"}},
    {"عثمان", {"Osman", "Othman"}},
    {"آدم", {"Adam", "Adem"}},
    {"يوسف", {"Yousif", "Youssef", "Yusuf"}},
    {"الطيب", {"Eltayeb", "Al-Tayeb", "El Tayeb"}},
    {"إدريس", {"Idris", "Idriss", "Edris"}},
    {"عبد الحميد", {"Abdelhamid", "Abdel Hamid", "Abdulhamid"}},
    {"السيد", {"El Sayed", "Elsayed", "Al-Sayed"}},
    {"مصطفى", {"Moustafa", "Mostafa", "Mustafa"}},
    {"حسن", {"Hassan", "Hasan"}},
    {"فاروق", {"Farouk", "Farouq", "Faruk"}},
    {"سليمان", {"Soliman", "Suleiman", "Sulaiman"}},
    {"شحاتة", {"Shehata", "Shehatah", "Chehata"}},
    {"عبد العزيز", {"Abdelaziz", "Abdel Aziz", "Abdulaziz"}},
    {"بشير", {"Bashir", "Beshir", "Bachir"}},
    {"الأمين", {"Elamin", "El Amin", "Al-Amin"}},
    {"النور", {"Elnour", "El Nour", "Alnour"}},
    {"إسحاق", {"Ishag", "Ishaq", "Ishak"}},
    {"هارون", {"Haroun", "Harun", "Haroon"}},
};

// Tunisia and Libya.
constexpr NameForm kMaghrebFamily[] = {
    {"الطرابلسي", {"Trabelsi", "Terbelsi", "Tarabulsi"}},
    {"بن صالح", {"Ben Salah", "Bensalah", "Ben Saleh"}},
    {"الجبالي", {"Jebali", "Jbali", "Djebali"}},
    {"الماجري", {"Mejri", "Majri"}},
    {"الجلاصي", {"Jlassi", "Jelassi"}},
    {"الحمامي", {"Hammami", "Hamami"}},
    {"الغربي", {"Gharbi", "Garbi"}},
    {"العياري", {"Ayari", "Ayyari"}},
    {"الدريدي", {"Dridi"}},
    {"ساسي", {"Sassi", "Sasi"}},
    {"بن علي", {"Ben Ali", "Benali"}},
    {"بوزيد", {"Bouzid", "Bouzaid", "Abu Zaid"}},
    {"الشريف", {"Cherif", "Chérif", "Al-Sharif"}},
    {"بن عمر", {"Ben Amor", "Benamor", "Ben Omar"}},
    {"الخليفي", {"Khelifi", "Khalifi", "Al-Khalifi"}},
    {"المرزوقي", {"Marzouki", "Al-Marzouqi", "Merzougui"}},
};

}  // namespace

extern const NamePool kArabicLevant = {
    "arabic_levant", kMale, kFemale, kLevantFamily, kLevantFamily, NameOrder::kGivenFamily, 90};
extern const NamePool kArabicNile = {
    "arabic_nile", kMale, kFemale, kNileFamily, kNileFamily, NameOrder::kPatronymic, 85};
extern const NamePool kArabicMaghreb = {
    "arabic_maghreb", kMale, kFemale, kMaghrebFamily, kMaghrebFamily, NameOrder::kGivenFamily, 80};

}  // namespace haven::demo
