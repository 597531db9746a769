// Multiply the answers of many small puzzles together -- with overflow checks.
fn product_checked(values: &[u32]) -> Option<u32> {
    values.iter().try_fold(1u32, |acc, &v| acc.checked_mul(v))
}

fn main() {
    let small = "12 7 9 3";
    let large = "4096 512 300 17";

    let parse = |s: &str| -> Vec<u32> { s.split(' ').map(|t| t.parse().unwrap()).collect() };

    let a = parse(small);
    println!("Part 1: {:?}", product_checked(&a));

    let b = parse(large);
    println!("checked: {:?}", product_checked(&b));
    println!("wrapping: {}", b.iter().fold(1u32, |acc, &v| acc.wrapping_mul(v)));
    let wide: u64 = b.iter().map(|&v| v as u64).product();
    println!("as u64: {}", wide);

    let narrowed: u32 = wide.try_into().unwrap_or(u32::MAX);
    println!("saturated: {}", narrowed);

    let part2 = product_checked(&b).expect("part 2 overflowed u32");
    println!("Part 2: {}", part2);
}
