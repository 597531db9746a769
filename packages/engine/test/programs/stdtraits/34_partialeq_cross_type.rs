#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Feet(f64);

const FEET_PER_METER: f64 = 3.28084;

impl PartialEq for Meters {
    fn eq(&self, other: &Meters) -> bool {
        (self.0 - other.0).abs() < 1e-6
    }
}

// Equality between two different types.
impl PartialEq<Feet> for Meters {
    fn eq(&self, other: &Feet) -> bool {
        (self.0 * FEET_PER_METER - other.0).abs() < 0.01
    }
}

impl PartialEq<Meters> for Feet {
    fn eq(&self, other: &Meters) -> bool {
        other == self
    }
}

#[derive(Debug)]
struct Book {
    isbn: String,
    title: String,
    copies: u32,
}

// Two books are the same if the ISBN matches, whatever the stock count.
impl PartialEq for Book {
    fn eq(&self, other: &Self) -> bool {
        self.isbn == other.isbn
    }
}

fn main() {
    let tower = Meters(100.0);
    println!("100m == 328.084ft ? {}", tower == Feet(328.084));
    println!("328.084ft == 100m ? {}", Feet(328.084) == tower);
    println!("100m == 300ft ? {}", tower == Feet(300.0));
    println!("100m != 100.0000001m ? {}", tower != Meters(100.0000001));

    let a = Book { isbn: "978-0131103627".into(), title: "K&R".into(), copies: 3 };
    let b = Book { isbn: "978-0131103627".into(), title: "The C Programming Language".into(), copies: 0 };
    println!("{} == {} ? {}", a.title, b.title, a == b);
    println!("stock {} vs {}", a.copies, b.copies);
    let shelf = vec![a, b];
    let wanted = Book { isbn: "978-0131103627".into(), title: String::new(), copies: 0 };
    println!("on shelf: {}", shelf.contains(&wanted));
}
