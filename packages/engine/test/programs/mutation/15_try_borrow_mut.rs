use std::cell::RefCell;

fn try_append(cell: &RefCell<Vec<i32>>, value: i32) {
    match cell.try_borrow_mut() {
        Ok(mut v) => {
            v.push(value);
            println!("appended {}", value);
        }
        Err(_) => println!("could not append {}: vector is busy", value),
    }
}

fn main() {
    let data = RefCell::new(vec![1, 2, 3]);

    try_append(&data, 4);

    {
        let reader = data.borrow();
        println!("reader sees {:?}", *reader);
        try_append(&data, 5);
    }

    try_append(&data, 6);

    if let Ok(r) = data.try_borrow() {
        println!("final: {:?}", *r);
    }
    println!("is it free? {}", data.try_borrow_mut().is_ok());
}
