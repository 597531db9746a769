fn average(total: u32, count: u32) -> u32 {
    total / count
}

fn main() {
    let classes = [("Math", 450, 5), ("Art", 270, 3), ("Latin", 0, 0)];
    for (name, total, count) in classes {
        println!("{} average: {}", name, average(total, count));
    }
}
