use std::cmp::Ordering;

fn main() {
    let a = String::from("apple");
    let b = "apple";
    println!("String == &str: {}", a == b);
    println!("&str == String: {}", b == a);

    println!("\"apple\" < \"banana\": {}", "apple" < "banana");
    println!("\"Zebra\" < \"apple\": {}", "Zebra" < "apple");
    println!("\"app\" < \"apple\": {}", "app" < "apple");
    println!("\"10\" < \"9\": {}", "10" < "9");

    let pairs = [("cat", "car"), ("dog", "dog"), ("ant", "bee")];
    for (x, y) in pairs {
        let word = match x.cmp(y) {
            Ordering::Less => "less than",
            Ordering::Equal => "equal to",
            Ordering::Greater => "greater than",
        };
        println!("{} is {} {}", x, word, y);
    }

    println!("{}", "HeLLo".eq_ignore_ascii_case("hello"));
    println!("{}", "Résumé".to_lowercase() == "résumé");
    println!("{:?}", "b".max("a"));
}
