fn main() {
    let primes = vec![2, 3, 5, 7, 11, 13];
    let as_strings: Vec<String> = primes.iter().map(|p| p.to_string()).collect();
    println!("{}", as_strings.join(", "));
    println!("[{}]", as_strings.join("|"));

    let names = ["Ann", "Ben", "Cid"];
    println!("{}", names.join(" and "));
    println!("{}", names.concat());

    let padded: Vec<String> = primes.iter().map(|p| format!("{:>3}", p)).collect();
    println!("{}", padded.join(""));

    let with_index: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}. {}", i + 1, n))
        .collect();
    println!("{}", with_index.join("\n"));

    let empty: Vec<String> = Vec::new();
    println!("<{}>", empty.join(", "));
}
