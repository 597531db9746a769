// Printing a struct with {} when only Debug is derived.
#[derive(Debug)]
struct Roman {
    text: String,
}

fn to_roman(mut n: u32) -> Roman {
    let table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut text = String::new();
    for (value, sym) in table {
        while n >= value {
            text.push_str(sym);
            n -= value;
        }
    }
    Roman { text }
}

fn main() {
    let r = to_roman(1994);
    println!("1994 = {}", r);
}
