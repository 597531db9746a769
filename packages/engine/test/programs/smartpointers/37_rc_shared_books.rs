use std::rc::Rc;

#[derive(Debug)]
struct Book {
    title: String,
    author: String,
}

struct Member {
    name: String,
    reading_list: Vec<Rc<Book>>,
}

fn main() {
    let catalog = vec![
        Rc::new(Book { title: "Dune".into(), author: "Herbert".into() }),
        Rc::new(Book { title: "Emma".into(), author: "Austen".into() }),
        Rc::new(Book { title: "Ulysses".into(), author: "Joyce".into() }),
    ];

    let ana = Member {
        name: "Ana".into(),
        reading_list: vec![Rc::clone(&catalog[0]), Rc::clone(&catalog[2])],
    };
    let ben = Member {
        name: "Ben".into(),
        reading_list: vec![Rc::clone(&catalog[0]), Rc::clone(&catalog[1])],
    };

    for m in [&ana, &ben] {
        let titles: Vec<&str> = m.reading_list.iter().map(|b| b.title.as_str()).collect();
        println!("{} reads {}", m.name, titles.join(", "));
    }
    for b in &catalog {
        println!("{:<8} by {:<8} referenced {} times", b.title, b.author, Rc::strong_count(b));
    }
    drop(ana);
    println!("after Ana leaves:");
    for b in &catalog {
        println!("{:<8} referenced {} times", b.title, Rc::strong_count(b));
    }
    println!("{:?}", ben.reading_list[1]);
}
