#[derive(Debug, Clone)]
struct Book {
    title: &'static str,
    year: u16,
    pages: u32,
}

fn main() {
    let mut shelf = vec![
        Book { title: "Dune", year: 1965, pages: 412 },
        Book { title: "Neuromancer", year: 1984, pages: 271 },
        Book { title: "Foundation", year: 1951, pages: 255 },
        Book { title: "Hyperion", year: 1989, pages: 482 },
        Book { title: "Solaris", year: 1961, pages: 204 },
    ];

    shelf.sort_by(|a, b| a.year.cmp(&b.year));
    println!("oldest first:");
    for b in &shelf {
        println!("  {} {}", b.year, b.title);
    }

    shelf.sort_by(|a, b| b.pages.cmp(&a.pages).then_with(|| a.title.cmp(b.title)));
    println!("thickest first:");
    for b in &shelf {
        println!("  {:>4} {}", b.pages, b.title);
    }

    let thinnest = shelf.iter().min_by_key(|b| b.pages).unwrap();
    println!("thinnest: {:?}", thinnest);
}
