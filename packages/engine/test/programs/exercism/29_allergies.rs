// Allergies: a score is a bit set of allergens, decoded by hand.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Allergen {
    Eggs = 1,
    Peanuts = 2,
    Shellfish = 4,
    Strawberries = 8,
    Tomatoes = 16,
    Chocolate = 32,
    Pollen = 64,
    Cats = 128,
}

const ALL: [Allergen; 8] = [
    Allergen::Eggs,
    Allergen::Peanuts,
    Allergen::Shellfish,
    Allergen::Strawberries,
    Allergen::Tomatoes,
    Allergen::Chocolate,
    Allergen::Pollen,
    Allergen::Cats,
];

pub struct Allergies {
    score: u32,
}

impl Allergies {
    pub fn new(score: u32) -> Self {
        Allergies { score }
    }

    pub fn is_allergic_to(&self, allergen: &Allergen) -> bool {
        self.score & (*allergen as u32) != 0
    }

    pub fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().filter(|a| self.is_allergic_to(a)).copied().collect()
    }
}

fn main() {
    for score in [0, 1, 5, 34, 248, 255, 257] {
        let a = Allergies::new(score);
        println!("{:>3}: {:?}", score, a.allergies());
    }
    let tom = Allergies::new(3);
    println!("peanuts? {} cats? {}", tom.is_allergic_to(&Allergen::Peanuts), tom.is_allergic_to(&Allergen::Cats));
}
