fn main() {
    let readings = [3, -1, 4, -1, 5, -9, 2, 6];

    let negative_at: Vec<usize> = readings
        .iter()
        .enumerate()
        .filter(|(_, &r)| r < 0)
        .map(|(i, _)| i)
        .collect();
    println!("negative readings at indices {:?}", negative_at);

    let every_other: Vec<i32> = readings
        .iter()
        .enumerate()
        .filter(|&(i, _)| i % 2 == 0)
        .map(|(_, &r)| r)
        .collect();
    println!("even positions: {:?}", every_other);

    for (line_no, line) in "alpha\nbeta\n\ngamma".lines().enumerate().filter(|(_, l)| !l.is_empty()) {
        println!("{:>2}: {}", line_no + 1, line);
    }
}
