trait Describe {
    fn describe(&self) -> String;
}

struct Book { title: String, pages: u32 }
struct Movie { title: String, minutes: u32 }

impl Describe for Book {
    fn describe(&self) -> String { format!("Book '{}' ({} pages)", self.title, self.pages) }
}
impl Describe for Movie {
    fn describe(&self) -> String { format!("Movie '{}' ({} min)", self.title, self.minutes) }
}

// 1. impl Trait in argument position
fn show_impl(item: &impl Describe) -> String {
    format!("impl: {}", item.describe())
}

// 2. explicit generic
fn show_generic<T: Describe>(item: &T) -> String {
    format!("generic: {}", item.describe())
}

// 3. trait object
fn show_dyn(item: &dyn Describe) -> String {
    format!("dyn: {}", item.describe())
}

// Generics force one type per call; trait objects allow mixing.
fn same_kind<T: Describe>(items: &[T]) -> usize {
    items.len()
}

fn main() {
    let b = Book { title: "Dune".to_string(), pages: 412 };
    let m = Movie { title: "Arrival".to_string(), minutes: 116 };
    println!("{}", show_impl(&b));
    println!("{}", show_generic(&m));
    println!("{}", show_dyn(&b));
    println!("{}", show_generic::<Movie>(&m));

    let books = vec![
        Book { title: "A".to_string(), pages: 1 },
        Book { title: "B".to_string(), pages: 2 },
    ];
    println!("same kind: {}", same_kind(&books));

    let mixed: Vec<&dyn Describe> = vec![&b, &m];
    for x in mixed {
        println!("- {}", x.describe());
    }
}
