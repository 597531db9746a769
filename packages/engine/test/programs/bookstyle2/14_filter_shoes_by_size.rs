// filter with a closure that captures a value from the environment.
#[derive(Debug, PartialEq)]
struct Shoe {
    size: u32,
    style: String,
}

fn shoes_in_size(shoes: Vec<Shoe>, shoe_size: u32) -> Vec<Shoe> {
    shoes.into_iter().filter(|s| s.size == shoe_size).collect()
}

fn main() {
    let shoes = vec![
        Shoe { size: 10, style: String::from("sneaker") },
        Shoe { size: 13, style: String::from("sandal") },
        Shoe { size: 10, style: String::from("boot") },
        Shoe { size: 9, style: String::from("loafer") },
    ];

    let in_my_size = shoes_in_size(shoes, 10);
    for shoe in &in_my_size {
        println!("size {}: {}", shoe.size, shoe.style);
    }
    assert_eq!(in_my_size.len(), 2);

    let min_len = 5;
    let long_styles: Vec<&str> = in_my_size
        .iter()
        .map(|s| s.style.as_str())
        .filter(|name| name.len() >= min_len)
        .collect();
    println!("styles with at least {} letters: {:?}", min_len, long_styles);
}
