#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
}

fn main() {
    let b = Book { title: String::from("Dune"), author: String::from("Herbert"), year: 1965 };
    let t = b.title;
    println!("title {} by {} ({})", t, b.author, b.year);
    println!("{:?}", b);
}
