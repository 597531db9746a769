use std::cell::RefCell;

fn main() {
    let shopping = RefCell::new(vec![String::from("milk")]);

    {
        let mut list = shopping.borrow_mut();
        list.push(String::from("eggs"));
        list.push(String::from("bread"));
    } // mutable borrow ends here

    // Many shared borrows at once are fine
    let first = shopping.borrow();
    let second = shopping.borrow();
    println!("first view has {} items", first.len());
    println!("second view starts with {}", second[0]);
    drop(first);
    drop(second);

    shopping.borrow_mut().retain(|item| item != "eggs");
    println!("final list: {:?}", shopping.borrow());
}
