fn main() {
    let loans = vec![
        String::from("Persuasion"),
        String::from("Walden"),
        String::from("Siddhartha"),
    ];

    let mut last_loaned: String;
    for title in loans {
        println!("loaned out {}", title);
        last_loaned = title;
    }

    println!("most recent loan: {}", last_loaned);
}
