// The standard library's binary_search returns Result<usize, usize>:
// Ok(index) if found, Err(insert_position) otherwise.
fn insert_sorted(v: &mut Vec<i32>, x: i32) {
    match v.binary_search(&x) {
        Ok(pos) => println!("{} already present at {}", x, pos),
        Err(pos) => {
            v.insert(pos, x);
            println!("inserted {} at {}", x, pos);
        }
    }
}

fn main() {
    let mut ages = vec![12, 19, 25, 31, 47];
    insert_sorted(&mut ages, 28);
    insert_sorted(&mut ages, 19);
    insert_sorted(&mut ages, 5);
    insert_sorted(&mut ages, 60);
    println!("{:?}", ages);

    let first_adult = ages.partition_point(|&a| a < 18);
    println!("adults: {:?}", &ages[first_adult..]);
    println!("contains 31? {}", ages.binary_search(&31).is_ok());
}
