// You cannot move a String out of a borrowed Vec, but you can clone
// it, or take it out with mem::take / swap_remove.
fn main() {
    let mut guests = vec![String::from("Lin"), String::from("Omar"), String::from("Pia")];

    let first = guests[0].clone();
    let taken = std::mem::take(&mut guests[1]);
    let last = guests.swap_remove(2);

    println!("first = {}, taken = {}, last = {}", first, taken, last);
    println!("left behind: {:?}", guests);

    let borrowed: &Vec<String> = &guests;
    let copy_of_name: String = borrowed[0].to_string();
    let len_only = borrowed[1].len();
    println!("copy = {}, empty slot len = {}", copy_of_name, len_only);
}
