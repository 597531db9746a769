fn to_roman(mut n: u32) -> String {
    let table = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
        (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut out = String::new();
    for &(value, symbol) in table.iter() {
        while n >= value {
            out.push_str(symbol);
            n -= value;
        }
    }
    out
}

fn from_roman(s: &str) -> u32 {
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
    let chars: Vec<u32> = s.chars().map(value).collect();
    let mut total = 0;
    for i in 0..chars.len() {
        if i + 1 < chars.len() && chars[i] < chars[i + 1] {
            total -= chars[i] as i32;
        } else {
            total += chars[i] as i32;
        }
    }
    total as u32
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{:>4} = {:<12} back = {}", n, r, from_roman(&r));
    }
}
