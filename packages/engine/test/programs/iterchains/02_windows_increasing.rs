fn main() {
    let depths = vec![199, 200, 208, 210, 200, 207, 240, 269, 260, 263];

    let increases = depths.windows(2).filter(|w| w[1] > w[0]).count();
    println!("single increases: {}", increases);

    let sums: Vec<i32> = depths.windows(3).map(|w| w.iter().sum()).collect();
    println!("window sums: {:?}", sums);

    let sum_increases = sums.windows(2).filter(|w| w[1] > w[0]).count();
    println!("sum increases: {}", sum_increases);
}
