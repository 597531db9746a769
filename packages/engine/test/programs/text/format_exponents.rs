fn main() {
    let avogadro = 6.02e23;
    println!("{:e} {:E} {:.2e} {:.3E} {:E}", avogadro, avogadro, avogadro, 0.000123, 1500);
    println!("[{:>12E}] [{:<10e}] [{:+e}]", 42.0f32, 7u8, 1e-7);
    println!("{:e} {:E}", 0.0, -2.5);
}
