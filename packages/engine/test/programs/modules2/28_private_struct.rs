// The struct itself was never marked pub.
mod library {
    #[derive(Debug)]
    struct Book {
        pub title: String,
        pub year: u16,
    }

    pub fn classic() -> String {
        let b = Book { title: String::from("Dune"), year: 1965 };
        format!("{:?}", b)
    }
}

fn main() {
    println!("{}", library::classic());
    let b = library::Book { title: String::from("Neuromancer"), year: 1984 };
    println!("{} ({})", b.title, b.year);
}
