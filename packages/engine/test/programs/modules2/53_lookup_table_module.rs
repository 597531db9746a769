// A module holding a const lookup table and helper functions.
mod roman {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
        (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    pub fn to_roman(mut n: u32) -> String {
        let mut out = String::new();
        for &(value, sym) in TABLE.iter() {
            while n >= value {
                out.push_str(sym);
                n -= value;
            }
        }
        out
    }

    pub fn from_roman(s: &str) -> u32 {
        let mut rest = s;
        let mut total = 0;
        for &(value, sym) in TABLE.iter() {
            while rest.starts_with(sym) {
                total += value;
                rest = &rest[sym.len()..];
            }
        }
        total
    }
}

fn main() {
    for n in [4, 9, 14, 1994, 2024, 3999] {
        let r = roman::to_roman(n);
        println!("{} -> {} -> {}", n, r, roman::from_roman(&r));
    }
}
