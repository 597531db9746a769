fn label(count: usize) -> String {
    match count {
        0 => "no items",
        1 => String::from("one item"),
        n => format!("{} items", n),
    }
}

fn main() {
    for c in [0, 1, 5] {
        println!("{}", label(c));
    }
}
