const TABLE: [(u32, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for &(value, symbol) in TABLE.iter() {
        while n >= value {
            s += symbol;
            n -= value;
        }
    }
    s
}

fn main() {
    let years = [1, 4, 9, 14, 40, 90, 400, 1987, 1999, 2024, 3999];
    for y in years {
        println!("{:>5} -> {}", y, to_roman(y));
    }
    let longest = (1..=100).max_by_key(|&n| to_roman(n).len()).unwrap();
    println!("longest numeral up to 100: {} = {}", longest, to_roman(longest));
}
