fn main() {
    let v = vec![5, 12, 19, 25];
    println!("{} {} {}", v.partition_point(|&a| a < 18), v.partition_point(|&a| a < 0), v[..2].partition_point(|a| *a < 100));
    let e: Vec<i32> = vec![];
    println!("{}", e.partition_point(|&x| x > 1));
}
