fn digits_to_number(digits: &[u32]) -> u32 {
    digits
        .iter()
        .rev()
        .enumerate()
        .map(|(place, &d)| d * 10u32.pow(place as u32))
        .sum()
}

fn luhn_valid(card: &str) -> bool {
    let digits: Vec<u32> = card.chars().filter_map(|c| c.to_digit(10)).collect();
    let total: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 { dd - 9 } else { dd }
            } else {
                d
            }
        })
        .sum();
    total % 10 == 0
}

fn main() {
    println!("{}", digits_to_number(&[4, 0, 9, 6]));
    println!("{}", luhn_valid("4539 3195 0343 6467"));
    println!("{}", luhn_valid("8273 1232 7352 0569"));
}
