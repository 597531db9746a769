fn to_binary(mut n: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut bits = Vec::new();
    while n > 0 {
        bits.push(if n % 2 == 1 { '1' } else { '0' });
        n /= 2;
    }
    bits.iter().rev().collect()
}

fn main() {
    for n in [0u32, 1, 5, 10, 255, 1024] {
        println!("{:>5} = {:>11} = {:>11b} = {:#06x} = {:o}", n, to_binary(n), n, n, n);
    }
    let parsed = u32::from_str_radix("ff", 16).unwrap();
    let bin = i64::from_str_radix("-1011", 2).unwrap();
    println!("{} {}", parsed, bin);
    let f = 1234567.891_f64;
    println!("{:.0} {:.1} {:10.2}| {:<10.2}| {:e}", f, f, f, f, f);
    println!("{:?} {:?} {:?}", 1.0f64, 0.1 + 0.2, 1e21f64);
    println!("{} {} {}", f64::MAX > 1e300, (2.0f64).sqrt(), (10.0f64).ln());
    println!("{} {}", i32::MAX, i32::MIN);
    println!("{:?}", 255u8.checked_add(1));
    println!("{}", 250u8.wrapping_add(10));
    println!("{}", 250u8.saturating_add(10));
    println!("{:5}|{:<5}|{:^5}|{:>5}", true, 'x', "ab", 1.5);
    let pct = 0.4567;
    println!("{:.1}%", pct * 100.0);
    println!("{:>+8.2}", -3.14159);
    println!("{:#?}", (1, "two", [3.0, 4.5]));
    println!("{}", format!("{:03}:{:02}", 7, 5));
    let v: Vec<String> = (1..=3).map(|i| format!("{:>3}", i * i)).collect();
    println!("{}", v.concat());
}
