// Two emails are equal regardless of case; two products are equal if their SKU matches.
#[derive(Debug)]
struct Email(String);

impl PartialEq for Email {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

#[derive(Debug)]
struct Product {
    sku: u32,
    name: String,
    price_cents: u32,
}

impl PartialEq for Product {
    fn eq(&self, other: &Product) -> bool {
        self.sku == other.sku
    }
}

// compare a Product directly with a SKU number
impl PartialEq<u32> for Product {
    fn eq(&self, other: &u32) -> bool {
        self.sku == *other
    }
}

fn main() {
    let a = Email(String::from("Grace.Hopper@Navy.mil"));
    let b = Email(String::from("grace.hopper@navy.mil"));
    let c = Email(String::from("ada@lovelace.org"));
    println!("a == b: {}", a == b);
    println!("a != c: {}", a != c);

    let p1 = Product { sku: 1001, name: "Kettle".into(), price_cents: 2499 };
    let p2 = Product { sku: 1001, name: "Kettle (refurb)".into(), price_cents: 1799 };
    println!("same product: {}", p1 == p2);
    println!("p2 is sku 1001: {}", p2 == 1001);
    println!("{} vs {}: {} cents cheaper", p1.name, p2.name, p1.price_cents - p2.price_cents);

    let emails = vec![a, c];
    println!("contains b: {}", emails.contains(&b));
}
