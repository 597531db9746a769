fn main() {
    let n = 1234;
    let s = n.to_string();
    println!("{} has {} digits", s, s.len());
    let back: i32 = s.parse().unwrap();
    println!("{}", back + 1);

    let f = 2.50_f64;
    println!("{}", f.to_string());
    println!("{}", (1.0_f64).to_string());
    println!("{}", (-0.0_f64).to_string());
    println!("{}", true.to_string() + "!");
    println!("{}", 'z'.to_string().repeat(3));

    let digits: Vec<u32> = 9075.to_string().chars().map(|c| c.to_digit(10).unwrap()).collect();
    println!("{:?}", digits);
    let sum: u32 = digits.iter().sum();
    println!("digit sum = {}", sum);
    let parsed: f64 = "3.5e2".parse().unwrap();
    println!("{}", parsed);
    println!("{:?}", "12x".parse::<i32>().is_err());
}
