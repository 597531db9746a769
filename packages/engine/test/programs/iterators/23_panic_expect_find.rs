struct Book {
    title: &'static str,
    year: u16,
}

fn find_by_year(books: &[Book], year: u16) -> &Book {
    books
        .iter()
        .find(|b| b.year == year)
        .expect("no book published in that year")
}

fn main() {
    let shelf = [
        Book { title: "Dune", year: 1965 },
        Book { title: "Neuromancer", year: 1984 },
        Book { title: "Hyperion", year: 1989 },
    ];

    let b = find_by_year(&shelf, 1984);
    println!("1984: {}", b.title);

    let b = find_by_year(&shelf, 1965);
    println!("1965: {}", b.title);

    let b = find_by_year(&shelf, 2001);
    println!("2001: {}", b.title);
}
