#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
    scores: [u32; 3],
}

fn main() {
    let s = Student {
        name: String::from("Ada"),
        grade: 10,
        scores: [91, 88, 97],
    };
    println!("{:?}", s);
    println!("{:#?}", s);

    let t = (1, "two", 3.0, 'c', true);
    println!("{:?}", t);
    println!("{:#?}", (1, 2));

    let nested = [[1, 2], [3, 4]];
    println!("{:?}", nested);
    let words = vec!["alpha", "beta"];
    println!("{:?}", words);
    println!("{:#?}", words);
    let name = "quote\"d";
    println!("{:?} vs {}", name, name);
    println!("{:?}", Some(5));
    println!("{:?} {:?}", 1.0_f64, 0.1 + 0.2);
}
