// contains, starts_with and ends_with work on whole slices.
fn main() {
    let banned = ["spam", "scam", "junk"];
    let subject = "scam";
    println!("banned? {}", banned.contains(&subject));

    let packet: &[u8] = &[0xCA, 0xFE, 0x01, 0x02, 0xFF];
    let magic = [0xCA, 0xFE];
    if packet.starts_with(&magic) {
        println!("valid header");
    }
    println!("ends with 0xFF: {}", packet.ends_with(&[0xFF]));
    println!("empty prefix: {}", packet.starts_with(&[]));

    // Matching a route by its path segments.
    let route = vec!["api", "v1", "users", "42"];
    if route.starts_with(&["api", "v1"]) {
        println!("v1 route, rest = {:?}", &route[2..]);
    }

    // strip_prefix returns the rest of the slice.
    if let Some(rest) = route.strip_prefix(&["api", "v1"]) {
        println!("stripped: {:?}", rest);
    }

    let primes = vec![2, 3, 5, 7, 11];
    for n in 4..=7 {
        println!("{} prime? {}", n, primes.contains(&n));
    }
}
