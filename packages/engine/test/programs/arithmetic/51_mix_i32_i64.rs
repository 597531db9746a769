// Mistake: passing an i32 where an i64 is expected.

fn total_bytes(file_count: i64, bytes_per_file: i64) -> i64 {
    file_count * bytes_per_file
}

fn main() {
    let files: i32 = 1200;
    let size: i64 = 4096;
    let total = total_bytes(files, size);
    println!("total: {} bytes", total);
}
