// Rc: shared ownership with reference counting.
use std::rc::Rc;

#[derive(Debug)]
struct Owner {
    name: String,
}

#[derive(Debug)]
struct Gadget {
    id: i32,
    owner: Rc<Owner>,
}

fn main() {
    let rc_examples = "Rc examples".to_string();
    {
        println!("--- rc_a is created ---");
        let rc_a: Rc<String> = Rc::new(rc_examples);
        println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
        {
            println!("--- rc_a is cloned to rc_b ---");
            let rc_b: Rc<String> = Rc::clone(&rc_a);
            println!("Reference Count of rc_b: {}", Rc::strong_count(&rc_b));
            println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
            println!("rc_a and rc_b are equal: {}", rc_a.eq(&rc_b));
            println!("Length of the value inside rc_a: {}", rc_a.len());
            println!("Value of rc_b: {}", rc_b);
            println!("--- rc_b is dropped out of scope ---");
        }
        println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
        println!("--- rc_a is dropped out of scope ---");
    }

    let owner = Rc::new(Owner { name: "Gadget Man".to_string() });
    let g1 = Gadget { id: 1, owner: Rc::clone(&owner) };
    let g2 = Gadget { id: 2, owner: owner.clone() };
    drop(owner);
    for g in [&g1, &g2] {
        println!("Gadget {} owned by {}", g.id, g.owner.name);
    }
    println!("count now: {}", Rc::strong_count(&g1.owner));
    println!("same owner: {}", Rc::ptr_eq(&g1.owner, &g2.owner));
}
