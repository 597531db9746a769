fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    let classes = [(270, 3), (455, 5), (0, 0), (90, 1)];
    for (total, count) in classes {
        println!("total {:>4}, count {} => average {}", total, count, average(total, count));
    }
}
