fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn gcd_recursive(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd_recursive(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    if a == 0 || b == 0 {
        return 0;
    }
    a / gcd(a, b) * b
}

fn main() {
    let pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (21, 6)];
    for (a, b) in pairs.iter() {
        println!(
            "gcd({}, {}) = {} (recursive {}), lcm = {}",
            a, b, gcd(*a, *b), gcd_recursive(*a, *b), lcm(*a, *b)
        );
    }

    // smallest number divisible by 1..=20
    let mut acc = 1;
    for k in 1..=20 {
        acc = lcm(acc, k);
    }
    println!("lcm(1..=20) = {}", acc);

    // reduce a fraction
    let (num, den) = (84u64, 126u64);
    let g = gcd(num, den);
    println!("{}/{} = {}/{}", num, den, num / g, den / g);
}
