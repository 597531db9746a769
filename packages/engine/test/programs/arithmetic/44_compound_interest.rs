// Compound interest: compare the loop with the closed formula.

fn compound_loop(principal: f64, rate: f64, years: u32) -> f64 {
    let mut balance = principal;
    for _ in 0..years {
        balance *= 1.0 + rate;
    }
    balance
}

fn compound_formula(principal: f64, rate: f64, years: u32) -> f64 {
    principal * (1.0 + rate).powi(years as i32)
}

fn years_to_double(rate: f64) -> u32 {
    let mut years = 0;
    let mut balance = 1.0;
    while balance < 2.0 {
        balance *= 1.0 + rate;
        years += 1;
    }
    years
}

fn main() {
    let principal = 1000.0;
    let rate = 0.05;
    println!("{:>4} {:>10} {:>10}", "year", "loop", "formula");
    for y in [1, 5, 10, 20, 30] {
        println!(
            "{:>4} {:>10.2} {:>10.2}",
            y,
            compound_loop(principal, rate, y),
            compound_formula(principal, rate, y)
        );
    }
    for r in [0.02, 0.05, 0.07, 0.10] {
        let rule72 = 72.0 / (r * 100.0);
        println!("at {:.0}%: doubles in {} years (rule of 72 says {:.1})", r * 100.0, years_to_double(r), rule72);
    }
    let continuous = principal * (rate * 10.0_f64).exp();
    println!("continuous, 10 years: {:.2}", continuous);
}
