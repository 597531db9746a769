fn main() {
    let mut receipt: Vec<&str> = Vec::new();
    let prices = [("coffee", 350), ("bagel", 225)];

    for (item, cents) in prices {
        receipt.push(item);
        receipt.push(cents.to_string().as_str());
    }

    for line in &receipt {
        println!("{}", line);
    }
}
