// Names from Central America, Mexico, Venezuela and Haiti. Spanish names carry two surnames,
// the father's then the mother's, and registrars in the United States often drop accents or
// the second surname. Q'eqchi', K'iche' and Mam families in Guatemala carry Maya surnames.
// Haitian names are French, with hyphens that registrars keep or drop.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kSpanishMale[] = {
    {"José", {"Jose", "José"}},
    {"Juan Carlos", {"Juan Carlos"}},
    {"Luis", {"Luis"}},
    {"Carlos", {"Carlos"}},
    {"Jorge", {"Jorge"}},
    {"Miguel Ángel", {"Miguel Angel", "Miguel Ángel"}},
    {"Jesús", {"Jesus", "Jesús"}},
    {"Francisco", {"Francisco"}},
    {"Marvin", {"Marvin", "Marbin"}},
    {"Wilmer", {"Wilmer", "Wilmar"}},
    {"Kevin", {"Kevin"}},
    {"Brayan", {"Brayan", "Bryan", "Brian"}},
    {"Elmer", {"Elmer"}},
    {"Edwin", {"Edwin"}},
    {"Santos", {"Santos"}},
    {"Byron", {"Byron", "Bairon"}},
    {"Óscar", {"Oscar", "Óscar"}},
    {"Nelson", {"Nelson"}},
    {"Héctor", {"Hector", "Héctor"}},
    {"Yeferson", {"Yeferson", "Jefferson", "Yefferson"}},
    {"Yorman", {"Yorman", "Jorman"}},
    {"Darwin", {"Darwin"}},
    {"Josué", {"Josue", "Josué"}},
    {"Ángel", {"Angel", "Ángel"}},
};

constexpr NameForm kSpanishFemale[] = {
    {"María José", {"Maria Jose", "María José"}},
    {"Ana", {"Ana"}},
    {"Karla", {"Karla", "Carla"}},
    {"Yesenia", {"Yesenia", "Yessenia", "Jesenia"}},
    {"Dania", {"Dania", "Danya"}},
    {"Gabriela", {"Gabriela"}},
    {"Sofía", {"Sofia", "Sofía"}},
    {"Lesly", {"Lesly", "Leslie", "Lesli"}},
    {"Daniela", {"Daniela"}},
    {"Rosa", {"Rosa"}},
    {"Marta", {"Marta", "Martha"}},
    {"Glenda", {"Glenda"}},
    {"Sandra", {"Sandra"}},
    {"Wendy", {"Wendy", "Wendi"}},
    {"Keyla", {"Keyla", "Keila", "Kayla"}},
    {"Yolanda", {"Yolanda"}},
    {"María Fernanda", {"Maria Fernanda", "María Fernanda"}},
    {"Guadalupe", {"Guadalupe"}},
    {"Yusmary", {"Yusmary", "Yusmari"}},
    {"Dayana", {"Dayana", "Dayanna"}},
    {"Yoselin", {"Yoselin", "Joselyn", "Yoselyn"}},
    {"Milagros", {"Milagros"}},
};

constexpr NameForm kSpanishFamily[] = {
    {"García", {"Garcia", "García"}},
    {"Hernández", {"Hernandez", "Hernández"}},
    {"López", {"Lopez", "López"}},
    {"Martínez", {"Martinez", "Martínez"}},
    {"González", {"Gonzalez", "González"}},
    {"Pérez", {"Perez", "Pérez"}},
    {"Rodríguez", {"Rodriguez", "Rodríguez"}},
    {"Ramírez", {"Ramirez", "Ramírez"}},
    {"Flores", {"Flores"}},
    {"Cruz", {"Cruz"}},
    {"Reyes", {"Reyes"}},
    {"Morales", {"Morales"}},
    {"Ortiz", {"Ortiz"}},
    {"Castillo", {"Castillo"}},
    {"Aguilar", {"Aguilar"}},
    {"Méndez", {"Mendez", "Méndez"}},
    {"Mejía", {"Mejia", "Mejía"}},
    {"Chávez", {"Chavez", "Chávez"}},
    {"Orellana", {"Orellana"}},
    {"Escobar", {"Escobar"}},
    {"Vásquez", {"Vasquez", "Vásquez", "Vazquez"}},
    {"Guzmán", {"Guzman", "Guzmán"}},
    {"Zelaya", {"Zelaya"}},
    {"Argueta", {"Argueta"}},
};

constexpr NameForm kMayaFamily[] = {
    {"Tzul", {"Tzul"}}, {"Cux", {"Cux"}},          {"Ajanel", {"Ajanel"}},  {"Coc", {"Coc"}},
    {"Chub", {"Chub"}}, {"Caal", {"Caal", "Cal"}}, {"Pop", {"Pop"}},        {"Tzoc", {"Tzoc"}},
    {"Xol", {"Xol"}},   {"Choc", {"Choc"}},        {"Tiul", {"Tiul"}},      {"Ixcoy", {"Ixcoy"}},
    {"Tum", {"Tum"}},   {"Batz", {"Batz"}},        {"Ajú", {"Aju", "Ajú"}},
};

constexpr NameForm kHaitianMale[] = {
    {"Jean", {"Jean"}},
    {"Pierre", {"Pierre"}},
    {"Wilson", {"Wilson"}},
    {"Jacques", {"Jacques"}},
    {"Ricardo", {"Ricardo"}},
    {"Peterson", {"Peterson"}},
    {"Wisner", {"Wisner", "Wisnel"}},
    {"Frantz", {"Frantz", "Franz"}},
    {"Emmanuel", {"Emmanuel", "Emanuel"}},
    {"Jean-Robert", {"Jean Robert", "Jean-Robert"}},
    {"Kervens", {"Kervens", "Kerven"}},
    {"Jean-Claude", {"Jean-Claude", "Jean Claude"}},
    {"Wilner", {"Wilner"}},
    {"Fritznel", {"Fritznel"}},
    {"Stanley", {"Stanley"}},
    {"Lucson", {"Lucson"}},
    {"Junior", {"Junior"}},
};

constexpr NameForm kHaitianFemale[] = {
    {"Marie", {"Marie"}},
    {"Nadège", {"Nadege", "Nadège"}},
    {"Guerline", {"Guerline", "Gerline"}},
    {"Wideline", {"Wideline", "Widline"}},
    {"Mirlande", {"Mirlande", "Myrlande"}},
    {"Roseline", {"Roseline"}},
    {"Fabiola", {"Fabiola"}},
    {"Esther", {"Esther", "Ester"}},
    {"Sherline", {"Sherline", "Cherline"}},
    {"Lovely", {"Lovely"}},
    {"Dieula", {"Dieula"}},
    {"Judeline", {"Judeline"}},
    {"Marie-Ange", {"Marie-Ange", "Marie Ange"}},
    {"Rose-Marie", {"Rose-Marie", "Rosemarie"}},
    {"Fabienne", {"Fabienne"}},
    {"Islande", {"Islande"}},
};

constexpr NameForm kHaitianFamily[] = {
    {"Joseph", {"Joseph"}},
    {"Jean-Baptiste", {"Jean-Baptiste", "Jean Baptiste", "Jean-Batiste"}},
    {"Pierre", {"Pierre"}},
    {"Louis", {"Louis"}},
    {"Charles", {"Charles"}},
    {"Jean-Louis", {"Jean-Louis", "Jean Louis"}},
    {"Saint-Fleur", {"Saint-Fleur", "St Fleur", "Saint Fleur"}},
    {"Dorvil", {"Dorvil"}},
    {"Exantus", {"Exantus"}},
    {"Alexis", {"Alexis"}},
    {"Désir", {"Desir", "Désir"}},
    {"Augustin", {"Augustin"}},
    {"Célestin", {"Celestin", "Célestin"}},
    {"François", {"Francois", "François"}},
    {"Bien-Aimé", {"Bien-Aime", "Bien-Aimé", "Bienaime"}},
    {"Jean-Pierre", {"Jean-Pierre"}},
    {"Toussaint", {"Toussaint"}},
    {"Dorcélus", {"Dorcelus", "Dorcélus"}},
    {"Métellus", {"Metellus", "Métellus"}},
};

}  // namespace

extern const NamePool kSpanish = {"spanish",
                                  kSpanishMale,
                                  kSpanishFemale,
                                  kSpanishFamily,
                                  kSpanishFamily,
                                  NameOrder::kTwoSurnames,
                                  40};
extern const NamePool kMaya = {
    "maya", kSpanishMale, kSpanishFemale, kMayaFamily, kMayaFamily, NameOrder::kTwoSurnames, 40};
extern const NamePool kHaitian = {"haitian",
                                  kHaitianMale,
                                  kHaitianFemale,
                                  kHaitianFamily,
                                  kHaitianFamily,
                                  NameOrder::kGivenFamily,
                                  35};

}  // namespace haven::demo
