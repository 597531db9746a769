// format! builds a new String without taking ownership of anything.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");

    let s = format!("{}-{}-{}", s1, s2, s3);
    println!("{}", s);
    // All three are still usable.
    println!("{} {} {}", s1, s2, s3);

    let name = "Grace";
    let age = 85;
    let line = format!("{name} would be {age} this year");
    println!("{line}");

    let padded = format!("[{:>8}]", name);
    let upper = format!("{}!", name.to_uppercase());
    println!("{} {}", padded, upper);

    let csv = format!("{},{},{}", 1, 2.5, 'x');
    println!("{} has {} bytes", csv, csv.len());
}
