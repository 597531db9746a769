// Quiz: the impl's parameter types must match the trait.
trait Scale {
    fn scale(&mut self, factor: f64);
}

struct Recipe {
    grams_flour: f64,
    grams_sugar: f64,
}

impl Scale for Recipe {
    fn scale(&mut self, factor: u32) {
        self.grams_flour *= factor as f64;
        self.grams_sugar *= factor as f64;
    }
}

fn main() {
    let mut r = Recipe { grams_flour: 200.0, grams_sugar: 50.0 };
    r.scale(2.0);
    println!("{} g flour, {} g sugar", r.grams_flour, r.grams_sugar);
}
