use std::fmt::Debug;

fn print_table<T: Debug>(title: &str, rows: &[T]) {
    println!("== {} ==", title);
    for (i, row) in rows.iter().enumerate() {
        println!("{:>3}: {}", i, row);
    }
}

fn main() {
    print_table("cities", &["Oslo", "Lima", "Pune"]);
    print_table("squares", &[1, 4, 9, 16]);
}
