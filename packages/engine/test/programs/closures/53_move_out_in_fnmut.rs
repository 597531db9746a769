fn main() {
    let header = String::from("== report ==");
    let mut pages: Vec<String> = Vec::new();

    (1..=3).for_each(|n| {
        pages.push(header);
        pages.push(format!("page {}", n));
    });

    println!("{:?}", pages);
}
