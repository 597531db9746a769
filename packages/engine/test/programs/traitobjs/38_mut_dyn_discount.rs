trait Priced {
    fn price(&self) -> u32; // cents
    fn set_price(&mut self, cents: u32);
    fn title(&self) -> String;
}

struct Book { title: String, cents: u32 }
struct Game { name: String, cents: u32, platform: String }

impl Priced for Book {
    fn price(&self) -> u32 { self.cents }
    fn set_price(&mut self, cents: u32) { self.cents = cents; }
    fn title(&self) -> String { self.title.clone() }
}

impl Priced for Game {
    fn price(&self) -> u32 { self.cents }
    fn set_price(&mut self, cents: u32) { self.cents = cents; }
    fn title(&self) -> String { format!("{} ({})", self.name, self.platform) }
}

fn apply_discount(item: &mut dyn Priced, percent: u32) {
    let new_price = item.price() * (100 - percent) / 100;
    item.set_price(new_price);
}

fn fmt_cents(c: u32) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let mut book = Book { title: "The Rust Programming Language".to_string(), cents: 3999 };
    let mut game = Game { name: "Celeste".to_string(), cents: 1999, platform: "PC".to_string() };

    apply_discount(&mut book, 25);
    apply_discount(&mut game, 50);
    apply_discount(&mut game, 10);

    let cart: Vec<&dyn Priced> = vec![&book, &game];
    let mut total = 0;
    for item in &cart {
        println!("{:<32} {:>8}", item.title(), fmt_cents(item.price()));
        total += item.price();
    }
    println!("{:<32} {:>8}", "TOTAL", fmt_cents(total));
}
