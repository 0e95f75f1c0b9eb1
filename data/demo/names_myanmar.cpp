// Names from Myanmar. Burmese names have no family name: two or three syllables, written
// together in Myanmar script and apart in Latin ("အောင်ကျော်မင်း", "Aung Kyaw Min"). Rohingya
// names are Muslim names, rarely written in a script of their own; registrars in Bangladesh,
// Malaysia and Thailand write them in Latin letters only, with much variation.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kBurmeseMale[] = {
    {"အောင်", {"Aung"}},
    {"ကျော်", {"Kyaw"}},
    {"မင်း", {"Min"}},
    {"ဇော်", {"Zaw"}},
    {"ထွန်း", {"Htun", "Tun", "Htoon"}},
    {"သန်း", {"Than"}},
    {"ဝင်း", {"Win", "Winn"}},
    {"နိုင်", {"Naing"}},
    {"စိုး", {"Soe"}},
    {"မြင့်", {"Myint"}},
    {"လှ", {"Hla"}},
    {"ထက်", {"Htet", "Htut"}},
    {"ဖြိုး", {"Phyo", "Pyo"}},
    {"သူ", {"Thu"}},
    {"ရဲ", {"Ye"}},
    {"ညီ", {"Nyi"}},
    {"ပိုင်", {"Paing"}},
    {"လင်း", {"Lin", "Linn"}},
    {"ကို", {"Ko"}},
    {"မောင်", {"Maung", "Mg"}},
};

constexpr NameForm kBurmeseFemale[] = {
    {"ခင်", {"Khin"}},       {"စု", {"Su"}},           {"နွယ်", {"Nwe", "Nway"}},
    {"မြ", {"Mya"}},        {"မေ", {"May", "Mei"}},  {"ဖြူ", {"Phyu", "Pyu"}},
    {"ချို", {"Cho"}},        {"မိုး", {"Moe", "Mo"}},   {"သီ", {"Thi", "Thee"}},
    {"ဆု", {"Hsu", "Su"}},   {"ဇင်", {"Zin", "Zinn"}}, {"ထား", {"Htar", "Tar"}},
    {"ဝေ", {"Wai", "Wei"}}, {"ပွင့်", {"Pwint"}},       {"ငြိမ်း", {"Nyein"}},
    {"နီ", {"Ni", "Nee"}},   {"အေး", {"Aye"}},        {"ယု", {"Yu"}},
};

// Rohingya given names: no written original, only the spellings registrars chose.
constexpr NameForm kRohingyaMale[] = {
    {"", {"Mohammed", "Mohamed", "Muhammad", "Md"}},
    {"", {"Nur", "Noor"}},
    {"", {"Abdul Karim", "Abdul Kareem", "Abdulkarim"}},
    {"", {"Anwar", "Anowar"}},
    {"", {"Rashid", "Rashed", "Rasheed"}},
    {"", {"Hamid", "Hamed", "Hameed"}},
    {"", {"Salim", "Saleem", "Selim"}},
    {"", {"Ayub", "Ayoub", "Aiyub"}},
    {"", {"Hussain", "Hossain", "Husein"}},
    {"", {"Syed", "Sayed", "Saiyed"}},
    {"", {"Zafar", "Jafar", "Zofor"}},
    {"", {"Kamal"}},
    {"", {"Rafiq", "Rofiq", "Rafique"}},
    {"", {"Ismail", "Esmail", "Ismael"}},
    {"", {"Yunus", "Younus"}},
    {"", {"Shafi", "Shofi"}},
    {"", {"Amin", "Ameen"}},
    {"", {"Elias", "Eleyas", "Ilyas"}},
};

constexpr NameForm kRohingyaFemale[] = {
    {"", {"Rahima", "Rohima"}},   {"", {"Hasina", "Hashina"}},  {"", {"Fatema", "Fatima"}},
    {"", {"Rashida", "Roshida"}}, {"", {"Sajida", "Sajeda"}},   {"", {"Minara", "Monara"}},
    {"", {"Jamila", "Jamilah"}},  {"", {"Hamida", "Hamidah"}},  {"", {"Rokeya", "Rokia"}},
    {"", {"Asma", "Asmaa"}},      {"", {"Tasmin", "Tasmeen"}},  {"", {"Senuara", "Senoara"}},
    {"", {"Sufia", "Sofia"}},     {"", {"Khaleda", "Khalida"}},
};

constexpr NameForm kRohingyaMen[] = {
    {"", {"Ullah", "Ulla"}},   {"", {"Alam", "Alom"}},     {"", {"Hussain", "Hossain"}},
    {"", {"Islam"}},           {"", {"Rahman", "Rohman"}}, {"", {"Ahmed", "Ahmad"}},
    {"", {"Hakim", "Hakeem"}}, {"", {"Amin", "Ameen"}},    {"", {"Hoque", "Haque"}},
    {"", {"Sultan"}},          {"", {"Zaman", "Jaman"}},   {"", {"Karim", "Korim"}},
};

constexpr NameForm kRohingyaWomen[] = {
    {"", {"Khatun", "Khatoon"}},        {"", {"Begum", "Begom"}}, {"", {"Bibi"}},
    {"", {"Akter", "Akhter", "Aktar"}}, {"", {"Banu", "Bano"}},   {"", {"Nisa", "Nessa"}},
};

}  // namespace

extern const NamePool kBurmese = {
    "burmese", kBurmeseMale, kBurmeseFemale, {}, {}, NameOrder::kSyllables, 85};
extern const NamePool kRohingya = {"rohingya",
                                   kRohingyaMale,
                                   kRohingyaFemale,
                                   kRohingyaMen,
                                   kRohingyaWomen,
                                   NameOrder::kGivenFamily,
                                   0};

}  // namespace haven::demo
