// Unpacking nested Options with ?.
struct Person {
    job: Option<Job>,
}

#[derive(Clone, Copy)]
struct Job {
    phone_number: Option<PhoneNumber>,
}

#[derive(Clone, Copy)]
struct PhoneNumber {
    area_code: Option<u8>,
    number: u32,
}

impl Person {
    fn work_phone_area_code(&self) -> Option<u8> {
        self.job?.phone_number?.area_code
    }
}

fn next_birthday(current_age: Option<u8>) -> Option<String> {
    let next_age: u8 = current_age? + 1;
    Some(format!("Next year I will be {}", next_age))
}

fn first_even_squared(v: &[i32]) -> Option<i32> {
    let e = v.iter().find(|x| *x % 2 == 0)?;
    Some(e * e)
}

fn main() {
    let p = Person {
        job: Some(Job {
            phone_number: Some(PhoneNumber { area_code: Some(61), number: 439222222 }),
        }),
    };
    assert_eq!(p.work_phone_area_code(), Some(61));
    println!("area code: {:?}", p.work_phone_area_code());
    let unemployed = Person { job: None };
    println!("unemployed: {:?}", unemployed.work_phone_area_code());
    if let Some(job) = p.job {
        println!("number: {}", job.phone_number.unwrap().number);
    }

    println!("{:?}", next_birthday(Some(41)));
    println!("{:?}", next_birthday(None));
    println!("{:?} {:?}", first_even_squared(&[3, 5, 6, 8]), first_even_squared(&[1, 3]));
}
