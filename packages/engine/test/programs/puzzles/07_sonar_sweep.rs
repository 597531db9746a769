// 2021 day 1
fn main() {
    let input = "199\n200\n208\n210\n200\n207\n240\n269\n260\n263\n";
    let depths: Vec<i32> = input.lines().map(|l| l.parse().unwrap()).collect();

    let increases = depths.windows(2).filter(|w| w[1] > w[0]).count();
    println!("Part 1: {increases}");

    let sums: Vec<i32> = depths.windows(3).map(|w| w.iter().sum()).collect();
    let increases2 = sums.windows(2).filter(|w| w[1] > w[0]).count();
    println!("Part 2: {increases2}");

    // the same thing with zip: compare a[i] with a[i+3]
    let alt = depths.iter().zip(depths.iter().skip(3)).filter(|(a, b)| b > a).count();
    println!("Part 2 (zip): {alt}");
}
